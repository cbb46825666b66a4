using System.IO.Compression;
using Microsoft.ML;

namespace MlPipeline.Training.Trainers.MlNet;

/// <summary>model.zip: ML.NET's own format, with the zip entries' timestamps fixed so the same model gives the same bytes.</summary>
internal static class MlNetModelFile
{
    // ML.NET stamps every entry with the time of saving; the model's SHA-256 is its identity in the registry.
    private static readonly DateTimeOffset Stamp = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Save(MLContext ml, ITransformer model, DataViewSchema input)
    {
        using var saved = new MemoryStream();
        ml.Model.Save(model, input, saved);
        saved.Position = 0;
        using var source = new ZipArchive(saved, ZipArchiveMode.Read);
        using var fixedStamps = new MemoryStream();
        using (var target = new ZipArchive(fixedStamps, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = Stamp;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }

        return fixedStamps.ToArray();
    }

    public static ITransformer Load(MLContext ml, ReadOnlySpan<byte> model)
    {
        using var stream = new MemoryStream(model.ToArray(), writable: false);
        return ml.Model.Load(stream, out _);
    }
}
