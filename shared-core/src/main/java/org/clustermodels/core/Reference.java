package org.clustermodels.core;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A literature reference for an algorithm or measure: the one machine-readable source that the Weka adapter
 * (technical information) and the KNIME node description read, so that no reference is typed twice.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(Reference.List.class)
public @interface Reference {
  /** Authors, as printed: "S. P. Lloyd". */
  String authors();

  /** Title of the paper or book. */
  String title();

  /** Journal, proceedings or publisher. */
  String venue();

  /** Publication year. */
  int year();

  /** DOI or other stable URL; empty if none. */
  String url() default "";

  /** Container for several references on one type. */
  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.TYPE)
  @interface List {
    /** The references. */
    Reference[] value();
  }
}
