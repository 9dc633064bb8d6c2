/** Use cases of importing and exporting a customer directory. */
package com.routebook.application.port.in.transfer;
