package dev.eligo.spark;

import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The columns of the output, in one place (docs/spark.md describes them). The job first writes one
 * row per patient with its criteria nested ({@link #SCREENED}), then the tables users read: {@code
 * patients}, {@code criteria}, {@code funnel} and {@code summary}.
 */
final class OutputSchema {
  static final String PATIENT_ID = "patient_id";
  static final String SOURCE = "source";
  static final String VERDICT = "verdict";
  static final String DECIDING = "deciding";
  static final String MISSING = "missing";
  static final String PROBLEMS = "problems";
  static final String ERROR = "error";
  static final String CRITERIA = "criteria";

  /**
   * Where the row came from exactly (file URI and line): tells apart patients of same-named files.
   */
  static final String INPUT = "input";

  static final String ORDINAL = "ordinal";
  static final String CRITERION = "criterion";
  static final String PARENT = "parent";
  static final String KIND = "kind";
  static final String RESULT = "result";
  static final String EXPLANATION = "explanation";

  private static final ArrayType STRINGS = DataTypes.createArrayType(DataTypes.StringType, false);

  /** One criterion or part of one patient. */
  static final StructType CRITERION_RESULT =
      new StructType()
          .add(ORDINAL, DataTypes.IntegerType, false)
          .add(CRITERION, DataTypes.StringType, false)
          .add(PARENT, DataTypes.StringType, true)
          .add(KIND, DataTypes.StringType, false)
          .add(RESULT, DataTypes.StringType, false)
          .add(MISSING, STRINGS, false)
          .add(EXPLANATION, DataTypes.StringType, false);

  /** One patient (or one ERROR), with every criterion and part nested. */
  static final StructType SCREENED =
      new StructType()
          .add(PATIENT_ID, DataTypes.StringType, true)
          .add(SOURCE, DataTypes.StringType, false)
          .add(VERDICT, DataTypes.StringType, false)
          .add(DECIDING, STRINGS, false)
          .add(MISSING, STRINGS, false)
          .add(PROBLEMS, STRINGS, false)
          .add(ERROR, DataTypes.StringType, true)
          .add(CRITERIA, DataTypes.createArrayType(CRITERION_RESULT, false), false)
          .add(INPUT, DataTypes.StringType, false);

  private OutputSchema() {}
}
