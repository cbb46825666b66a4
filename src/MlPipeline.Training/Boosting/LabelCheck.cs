using MlPipeline.Data.Schemas;
using MlPipeline.Training.Features;

namespace MlPipeline.Training.Boosting;

/// <summary>Rejects labels XGBoost would silently mis-learn from, before any round runs.</summary>
internal static class LabelCheck
{
    public static void Validate(TrainingTask task, EncodedRows rows, string split)
    {
        if (rows.RowCount == 0)
        {
            throw new TrainingException($"The {split} split has no rows with a label. Use more data or change --train-fraction / --validation-fraction.");
        }

        for (var i = 0; i < rows.Labels.Length; i++)
        {
            var label = rows.Labels[i];
            if (!float.IsFinite(label))
            {
                throw new TrainingException($"Row {rows.SourceRows[i]} of the {split} split has label {label}; labels must be finite numbers.");
            }

            if (task.Kind != TaskKind.Regression && (label < 0 || label >= task.ClassCount || label != MathF.Floor(label)))
            {
                throw new TrainingException($"Row {rows.SourceRows[i]} of the {split} split has class index {label}, outside 0..{task.ClassCount - 1}.");
            }
        }

        if (task.Kind == TaskKind.Binary && task.ClassCount != 2)
        {
            throw new TrainingException($"A binary task needs exactly 2 classes, the label has {task.ClassCount}. Set \"task\" to \"multiclass\" in the schema.");
        }
    }
}
