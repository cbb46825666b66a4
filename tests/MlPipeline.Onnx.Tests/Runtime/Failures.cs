using System.Text;
using Microsoft.ML.OnnxRuntime;
using MlPipeline.Onnx.Runtime;

namespace MlPipeline.Onnx.Tests.Runtime;

public sealed class Failures : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("onnx-failures-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void BytesThatAreNotOnnxAreRefusedWithOrtsMessageAndCode()
    {
        var error = Assert.Throws<OnnxModelException>(() => OnnxModelSession.Open(Encoding.UTF8.GetBytes("this is a CSV file, not a model")));

        Assert.Equal(
            "ONNX Runtime 1.32.0 cannot load the 31-byte model: [ErrorCode:InvalidProtobuf] Failed to load model because protobuf parsing failed. If it was cut short or is not ONNX at all, export it again (./build.sh ExportOnnx writes model.onnx anew when the file changed since it wrote it).",
            error.Message);
        Assert.IsType<OnnxRuntimeException>(error.InnerException);
    }

    [Fact]
    public void ACorruptModelFileIsOneMessageWithItsPathOrtsReasonAndTheFix()
    {
        var path = Path.Combine(_folder, "model.onnx");
        var model = TestModels.AddThenArgMax();
        File.WriteAllBytes(path, model[..(model.Length / 2)]);

        var error = Assert.Throws<OnnxModelException>(() => OnnxModelSession.Open(path));

        Assert.Equal(
            $"ONNX Runtime 1.32.0 cannot load {path}: [ErrorCode:InvalidProtobuf] Load model from {path} failed:Protobuf parsing failed. If it was cut short or is not ONNX at all, export it again (./build.sh ExportOnnx writes model.onnx anew when the file changed since it wrote it).",
            error.Message);
        Assert.IsType<OnnxRuntimeException>(error.InnerException);
    }

    [Fact]
    public void AMissingModelFileSaysWhereItWasLookedFor()
    {
        var path = Path.Combine(_folder, "model.onnx");

        var error = Assert.Throws<OnnxModelException>(() => OnnxModelSession.Open(path));

        Assert.Equal(
            $"The ONNX model {path} does not exist. Check the path, or export the model first (./build.sh ExportOnnx writes artifacts/model/model.onnx).",
            error.Message);
    }

    [Fact]
    public void AnInputOfTheWrongWidthIsRefusedWithOrtsMessageAndCode()
    {
        using var session = OnnxModelSession.Open(TestModels.AddThenArgMax());

        var error = Assert.Throws<OnnxModelException>(() => session.Run(new float[8], rows: 2, columns: 4));

        Assert.StartsWith(
            "ONNX Runtime 1.32.0 failed to run the 248-byte model on input 'X' of shape [2, 4]: [ErrorCode:InvalidArgument] Got invalid dimensions for input: X",
            error.Message);
        Assert.Contains("index: 1 Got: 4 Expected: 3", error.Message);
        Assert.IsType<OnnxRuntimeException>(error.InnerException);
    }

    [Fact]
    public void DataThatDoesNotFillTheShapeIsRefusedBeforeOrtSeesIt()
    {
        using var session = OnnxModelSession.Open(TestModels.AddThenArgMax());

        var error = Assert.Throws<ArgumentException>(() => session.Run(new float[5], rows: 2, columns: 3));

        Assert.StartsWith("The shape [2, 3] holds 6 values, but 5 were given for input 'X'.", error.Message);
    }

    [Fact]
    public void AnUnknownInputNameListsTheModelsInputs()
    {
        using var session = OnnxModelSession.Open(TestModels.AddThenArgMax());

        var error = Assert.Throws<ArgumentException>(() => session.Run("features", new float[3], [1, 3]));

        Assert.StartsWith("The model has no input 'features'. Its inputs are: X.", error.Message);
    }

    [Fact]
    public void ASessionCannotRunOnceDisposed()
    {
        var session = OnnxModelSession.Open(TestModels.AddThenArgMax());
        session.Dispose();

        var error = Assert.Throws<ObjectDisposedException>(() => session.Run(new float[3], rows: 1, columns: 3));
        Assert.Equal("OnnxModelSession", error.ObjectName);
    }

    [Fact]
    public void FewerThanOneIntraOpThreadIsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => OnnxModelSession.Open(TestModels.AddThenArgMax(), intraOpThreads: 0));
    }
}
