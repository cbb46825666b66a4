using MlPipeline.Foundation.Files;

namespace MlPipeline.Data.Tests.Csv;

/// <summary>A temporary folder of CSV files written by a test, deleted with it.</summary>
public sealed class TempCsvFolder : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("csv-").FullName;

    public string Write(string text, string name = "data.csv")
    {
        var path = Path.Combine(_folder, name);
        AtomicFile.Write(path, text);
        return path;
    }

    public string WriteBytes(byte[] bytes, string name = "data.csv")
    {
        var path = Path.Combine(_folder, name);
        AtomicFile.Write(path, stream => stream.Write(bytes));
        return path;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
