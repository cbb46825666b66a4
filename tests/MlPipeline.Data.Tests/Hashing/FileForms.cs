using System.Text;
using MlPipeline.Data.Csv;
using MlPipeline.Data.Hashing;
using MlPipeline.Data.Schemas;

namespace MlPipeline.Data.Tests.Hashing;

/// <summary>The data version through the loader: how a file is written does not change it, what it says does.</summary>
public sealed class FileForms : IDisposable
{
    private static readonly DatasetSchema Schema = new(TaskKind.Binary,
    [
        new ColumnSchema("x", ColumnType.Numeric),
        new ColumnSchema("kind", ColumnType.Categorical, Categories: ["a", "b"]),
        new ColumnSchema("y", ColumnType.Categorical, ColumnRole.Label, Categories: ["no", "yes"]),
    ]);

    private readonly string _folder = Directory.CreateTempSubdirectory("file-forms-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void ColumnOrderLineEndingsBomAndQuotingDoNotChangeTheDataVersion()
    {
        var plain = Hash("plain.csv", "x,kind,y\n1.5,a,yes\n2,b,no\n", bom: false);
        var other = Hash("other.csv", "\"y\",kind,\"x\"\r\nyes,\"a\",1.50\r\n\"no\",b,2.0\r\n", bom: true);

        Assert.Equal(plain, other);
    }

    [Fact]
    public void AChangedValueOrAnAddedRowChangesTheDataVersion()
    {
        var plain = Hash("plain.csv", "x,kind,y\n1.5,a,yes\n2,b,no\n", bom: false);

        Assert.NotEqual(plain, Hash("changed.csv", "x,kind,y\n1.5,a,yes\n2,b,yes\n", bom: false));
        Assert.NotEqual(plain, Hash("longer.csv", "x,kind,y\n1.5,a,yes\n2,b,no\n3,a,no\n", bom: false));
    }

    private string Hash(string name, string text, bool bom)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text, new UTF8Encoding(bom));
        return DataHasher.Hash(CsvTableLoader.Load(path, Schema).Table, Schema);
    }
}
