/** The import screen: upload, dry-run report, apply, progress, report download. */
package com.routebook.adapter.jsf.transfer;
