package com.routebook.adapter.rest.transfer;

import com.routebook.adapter.rest.common.QueryParams;
import com.routebook.application.port.in.transfer.FileContent;
import com.routebook.application.port.out.TransferFiles.FileFormat;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/** The media types of the directory's files and answers that stream them. */
final class Files {

  static final String CSV = "text/csv";
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private Files() {}

  /** The {@code format} parameter: csv (default) or xlsx. */
  static FileFormat format(String format) {
    FileFormat given = QueryParams.enumValue("format", format, FileFormat.class);
    return given == null ? FileFormat.CSV : given;
  }

  static String mediaType(FileFormat format) {
    return format == FileFormat.CSV ? CSV + "; charset=UTF-8" : XLSX;
  }

  /** A 200 answer that streams the file as an attachment named name.csv or name.xlsx. */
  static Response download(FileContent content, FileFormat format, String name) {
    StreamingOutput body = content::writeTo;
    return Response.ok(body, mediaType(format))
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + name + "." + format.name().toLowerCase() + "\"")
        .build();
  }
}
