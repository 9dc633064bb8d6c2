package com.routebook.adapter.jsf.support;

import com.routebook.application.port.in.transfer.FileContent;
import com.routebook.application.port.out.TransferFiles.FileFormat;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/** Answers a request with a file, streamed to the response, instead of a page. */
public final class Downloads {

  private Downloads() {}

  /** Streams the file as an attachment named name.csv or name.xlsx and ends the request. */
  public static void send(FileContent content, FileFormat format, String name) {
    FacesContext context = FacesContext.getCurrentInstance();
    ExternalContext external = context.getExternalContext();
    external.responseReset();
    external.setResponseContentType(
        format == FileFormat.CSV
            ? "text/csv; charset=UTF-8"
            : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    external.setResponseHeader(
        "Content-Disposition",
        "attachment; filename=\"" + name + "." + format.name().toLowerCase(Locale.ROOT) + "\"");
    try {
      OutputStream out = external.getResponseOutputStream();
      content.writeTo(out);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    context.responseComplete();
  }
}
