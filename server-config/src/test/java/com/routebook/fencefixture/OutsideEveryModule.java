package com.routebook.fencefixture;

/** A class outside every fenced module, so outside every allow-list. */
public class OutsideEveryModule {}
