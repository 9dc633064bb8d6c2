package com.routebook.adapter.jsf.support;

import com.routebook.application.port.Page;
import com.routebook.application.port.PageRequest;
import java.io.Serializable;

/** The position in a paged list: which page is shown, how many pages and items there are. */
public final class Paging implements Serializable {

  private static final long serialVersionUID = 1L;

  private int size;
  private int page;
  private long total;

  public Paging(int size) {
    this.size = size;
  }

  /** Shows pages of another size from the first page. */
  public void resize(int newSize) {
    size = newSize;
    page = 0;
  }

  /** Items per page. */
  public int getSize() {
    return size;
  }

  /** The request for the current page. */
  public PageRequest request() {
    return new PageRequest(page, size);
  }

  /** Takes the total of a loaded page. */
  public void loaded(Page<?> loaded) {
    this.total = loaded.total();
  }

  public void first() {
    page = 0;
  }

  public void next() {
    if (isHasNext()) {
      page++;
    }
  }

  public void previous() {
    if (page > 0) {
      page--;
    }
  }

  public boolean isHasNext() {
    return (long) (page + 1) * size < total;
  }

  public boolean isHasPrevious() {
    return page > 0;
  }

  /** The page shown, from 1. */
  public int getNumber() {
    return page + 1;
  }

  /** How many pages there are (at least 1). */
  public long getCount() {
    return Math.max(1, (total + size - 1) / size);
  }

  public long getTotal() {
    return total;
  }

  /** Whether there is more than one page. */
  public boolean isPaged() {
    return total > size;
  }
}
