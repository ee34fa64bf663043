package ai.autogon.label.cli;

import ai.autogon.label.bootstrap.Backend;
import ai.autogon.label.domain.dataset.DatasetFormat;
import ai.autogon.label.domain.error.InvalidValueException;
import ai.autogon.label.domain.prediction.ExportFormat;
import ai.autogon.label.domain.model.ModelName;
import ai.autogon.label.domain.model.ModelType;
import ai.autogon.label.domain.prediction.ConfidenceThreshold;
import ai.autogon.label.domain.prediction.OverlapThreshold;
import ai.autogon.label.domain.project.AppId;
import ai.autogon.label.domain.project.ProjectId;
import ai.autogon.label.domain.project.Split;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converts option text into domain values, so invalid values fail as usage errors with the domain's message. */
final class Converters {
  private Converters() {}

  private interface DomainConverter<T> extends ITypeConverter<T> {
    T parse(String text);

    @Override
    default T convert(String text) {
      try {
        return parse(text);
      } catch (InvalidValueException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  static final class BackendConverter implements DomainConverter<Backend> {
    @Override
    public Backend parse(String text) {
      return Backend.parse(text);
    }
  }

  static final class ExportFormatConverter implements DomainConverter<ExportFormat> {
    @Override
    public ExportFormat parse(String text) {
      return ExportFormat.parse(text);
    }
  }

  static final class ModelTypeConverter implements DomainConverter<ModelType> {
    @Override
    public ModelType parse(String text) {
      return ModelType.parse(text);
    }
  }

  static final class ModelSaveNameConverter implements DomainConverter<ModelName> {
    @Override
    public ModelName parse(String text) {
      return ModelName.parse("model_save_name", text);
    }
  }

  static final class ModelLoadNameConverter implements DomainConverter<ModelName> {
    @Override
    public ModelName parse(String text) {
      return ModelName.parse("model_load_name", text);
    }
  }

  static final class ModelNameConverter implements DomainConverter<ModelName> {
    @Override
    public ModelName parse(String text) {
      return ModelName.parse("model_name", text);
    }
  }

  static final class ProjectIdConverter implements DomainConverter<ProjectId> {
    @Override
    public ProjectId parse(String text) {
      return new ProjectId(parseLong("project_id", text));
    }
  }

  static final class AppIdConverter implements DomainConverter<AppId> {
    @Override
    public AppId parse(String text) {
      return new AppId(parseLong("app_id", text));
    }
  }

  static final class ConfidenceConverter implements DomainConverter<ConfidenceThreshold> {
    @Override
    public ConfidenceThreshold parse(String text) {
      return new ConfidenceThreshold(parseDouble("confidence_thresh", text));
    }
  }

  static final class OverlapConverter implements DomainConverter<OverlapThreshold> {
    @Override
    public OverlapThreshold parse(String text) {
      return new OverlapThreshold(parseDouble("overlap_thresh", text));
    }
  }

  static final class DatasetFormatConverter implements DomainConverter<DatasetFormat> {
    @Override
    public DatasetFormat parse(String text) {
      return DatasetFormat.parse(text);
    }
  }

  static final class SplitConverter implements DomainConverter<Split> {
    @Override
    public Split parse(String text) {
      try {
        return Split.parse(text);
      } catch (IllegalArgumentException e) {
        throw InvalidValueException.of("split", text, "one of train, val, test, unassigned");
      }
    }
  }

  private static long parseLong(String field, String text) {
    try {
      return Long.parseLong(text.trim());
    } catch (NumberFormatException e) {
      throw InvalidValueException.of(field, text, "a positive integer");
    }
  }

  private static double parseDouble(String field, String text) {
    try {
      return Double.parseDouble(text.trim());
    } catch (NumberFormatException e) {
      throw InvalidValueException.of(field, text, "a number between 0 and 1");
    }
  }
}
