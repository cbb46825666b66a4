using System.Text.Json;
using MlPipeline.Data.Schemas;
using MlPipeline.Foundation.Files;
using MlPipeline.Training.Metrics.Bootstrap;

namespace MlPipeline.Training.Metrics;

/// <summary>Writes <c>metrics.json</c>.</summary>
/// <remarks>
/// Shape: <c>{"task": "binary"|"multiclass"|"regression", "metrics": {name: value},
/// "intervals": {name: {"low": l, "high": h}}, "classes": [name, …], "confusion_matrix": [[…], …]}</c>;
/// intervals, classes and the confusion matrix (rows = true class, columns = predicted) appear only when there are any.
/// Numbers are written in their shortest round-trip form, so the same metrics give the same bytes.
/// </remarks>
public static class MetricsFile
{
    /// <summary>Writes the file whole or not at all (a temporary file beside it, then a rename); creates the folder.</summary>
    /// <param name="intervals">Optional bootstrap intervals, e.g. from <see cref="BootstrapIntervals.Compute(int[], float[], int, BootstrapOptions?)"/>.</param>
    /// <param name="classNames">Optional names of the classes, in class-index order (classification only).</param>
    /// <exception cref="ArgumentException">
    /// <paramref name="task"/> is not the metrics' task, class names are given for regression or do not match the class
    /// count, or a value is not finite.
    /// </exception>
    public static void Write(
        string path,
        TaskKind task,
        IMetrics metrics,
        IReadOnlyDictionary<string, ConfidenceInterval>? intervals = null,
        IReadOnlyList<string>? classNames = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(metrics);
        Check(task, metrics, intervals, classNames);

        AtomicFile.Write(path, stream =>
        {
            using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
            json.WriteStartObject();
            json.WriteString("task", TaskName(task));
            json.WriteStartObject("metrics");
            foreach (var (name, value) in metrics.Values)
            {
                json.WriteNumber(name, value);
            }

            json.WriteEndObject();
            if (intervals is { Count: > 0 })
            {
                json.WriteStartObject("intervals");
                foreach (var (name, interval) in intervals)
                {
                    json.WriteStartObject(name);
                    json.WriteNumber("low", interval.Low);
                    json.WriteNumber("high", interval.High);
                    json.WriteEndObject();
                }

                json.WriteEndObject();
            }

            if (metrics is ClassificationMetrics classification)
            {
                WriteClasses(json, classification, classNames);
            }

            json.WriteEndObject();
            json.Flush();
            stream.WriteByte((byte)'\n');
        });
    }

    /// <summary>The task as metrics.json spells it: binary, multiclass or regression.</summary>
    public static string TaskName(TaskKind task) => task switch
    {
        TaskKind.Binary => "binary",
        TaskKind.Multiclass => "multiclass",
        TaskKind.Regression => "regression",
        _ => throw new ArgumentOutOfRangeException(nameof(task), task, "Unknown task kind."),
    };

    private static void WriteClasses(Utf8JsonWriter json, ClassificationMetrics metrics, IReadOnlyList<string>? classNames)
    {
        if (classNames is not null)
        {
            json.WriteStartArray("classes");
            foreach (var name in classNames)
            {
                json.WriteStringValue(name);
            }

            json.WriteEndArray();
        }

        json.WriteStartArray("confusion_matrix");
        foreach (var row in metrics.ConfusionMatrix.ToRows())
        {
            json.WriteStartArray();
            foreach (var count in row)
            {
                json.WriteNumberValue(count);
            }

            json.WriteEndArray();
        }

        json.WriteEndArray();
    }

    private static void Check(
        TaskKind task, IMetrics metrics, IReadOnlyDictionary<string, ConfidenceInterval>? intervals, IReadOnlyList<string>? classNames)
    {
        if (task != metrics.Task)
        {
            throw new ArgumentException(
                $"The task is {TaskName(task)} but the metrics are {TaskName(metrics.Task)} metrics; pass the task the model was trained for " +
                "(two classes are binary: one p(class 1) column).",
                nameof(task));
        }

        if (classNames is not null)
        {
            if (metrics is not ClassificationMetrics classification)
            {
                throw new ArgumentException("Class names were given for regression metrics; pass null.", nameof(classNames));
            }

            if (classNames.Count != classification.ClassCount)
            {
                throw new ArgumentException(
                    $"{classNames.Count} class names were given for {classification.ClassCount} classes; pass one name per class index.",
                    nameof(classNames));
            }
        }

        foreach (var (name, value) in metrics.Values)
        {
            CheckFinite(value, $"metric {name}", nameof(metrics));
        }

        foreach (var (name, interval) in intervals ?? new Dictionary<string, ConfidenceInterval>())
        {
            CheckFinite(interval.Low, $"the low bound of {name}'s interval", nameof(intervals));
            CheckFinite(interval.High, $"the high bound of {name}'s interval", nameof(intervals));
        }
    }

    private static void CheckFinite(double value, string what, string parameter)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentException($"{what} is {value}; JSON holds finite numbers only. Leave undefined metrics out.", parameter);
        }
    }
}
