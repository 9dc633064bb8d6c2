/** Tests of the columns of directory files. */
package com.routebook.domain.transfer;
