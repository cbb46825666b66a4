using MlPipeline.Foundation.Files;

namespace MlPipeline.Foundation.Tests.Files;

public sealed class AtomicWrites
{
    [Fact]
    public void WritingCreatesTheFolderAndReplacesAnEarlierFileWithoutAByteOrderMark()
    {
        using var folder = new TemporaryDirectory();
        var path = folder.File("deep/er/report.json");

        AtomicFile.Write(path, "first, and longer");
        AtomicFile.Write(path, "é");

        Assert.Equal([0xC3, 0xA9], File.ReadAllBytes(path));
        Assert.Equal([path], Directory.GetFiles(folder.File("deep/er")));
    }

    [Fact]
    public void AWriterThatThrowsLeavesTheEarlierFileAndNoTemporaryFile()
    {
        using var folder = new TemporaryDirectory();
        var path = folder.File("model.bin");
        AtomicFile.Write(path, stream => stream.Write([1, 2, 3]));

        var error = Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, stream =>
        {
            stream.Write([9, 9]);
            throw new InvalidOperationException("disk full halfway");
        }));

        Assert.Equal("disk full halfway", error.Message);
        Assert.Equal([1, 2, 3], File.ReadAllBytes(path));
        Assert.Equal([path], Directory.GetFiles(folder.Path));
    }

    [Fact]
    public void ARenameThatFailsLeavesNoTemporaryFile()
    {
        using var folder = new TemporaryDirectory();
        // A folder where the file should go makes the final rename fail after the temporary file was written.
        var path = Directory.CreateDirectory(folder.File("taken")).FullName;

        Assert.ThrowsAny<IOException>(() => AtomicFile.Write(path, "text"));

        Assert.Empty(Directory.GetFiles(folder.Path));
    }
}
