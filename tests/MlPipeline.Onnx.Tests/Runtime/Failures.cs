using System.Text;
using MlPipeline.Onnx.Native;

namespace MlPipeline.Onnx.Tests.Runtime;

public sealed class Failures
{
    [Fact]
    public void BytesThatAreNotOnnxAreRefusedWithOrtsMessageAndCode()
    {
        var error = Assert.Throws<OnnxRuntimeException>(() => TestRuntime.Open(Encoding.UTF8.GetBytes("this is a CSV file, not a model")));

        Assert.Equal(
            "ONNX Runtime failed to create a session from the 31-byte model (error code 7): Failed to load model because protobuf parsing failed.",
            error.Message);
        Assert.Equal(OnnxRuntimeErrorCode.InvalidProtobuf, error.ErrorCode);
    }

    [Fact]
    public void AnInputOfTheWrongWidthIsRefusedWithOrtsMessageAndCode()
    {
        using var session = TestRuntime.Open(TestModels.AddThenArgMax());

        var error = Assert.Throws<OnnxRuntimeException>(() => session.Run(new float[8], rows: 2, columns: 4));

        Assert.StartsWith("ONNX Runtime failed to run the model on input 'X' of shape [2, 4] (error code 2): Got invalid dimensions for input: X", error.Message);
        Assert.Contains("index: 1 Got: 4 Expected: 3", error.Message);
        Assert.Equal(OnnxRuntimeErrorCode.InvalidArgument, error.ErrorCode);
    }

    [Fact]
    public void DataThatDoesNotFillTheShapeIsRefusedBeforeOrtSeesIt()
    {
        using var session = TestRuntime.Open(TestModels.AddThenArgMax());

        var error = Assert.Throws<ArgumentException>(() => session.Run(new float[5], rows: 2, columns: 3));

        Assert.StartsWith("The shape [2, 3] holds 6 values, but 5 were given for input 'X'.", error.Message);
    }

    [Fact]
    public void AnUnknownInputNameListsTheModelsInputs()
    {
        using var session = TestRuntime.Open(TestModels.AddThenArgMax());

        var error = Assert.Throws<ArgumentException>(() => session.Run("features", new float[3], [1, 3]));

        Assert.StartsWith("The model has no input 'features'. Its inputs are: X.", error.Message);
    }

    [Fact]
    public void ASessionCannotRunOnceDisposed()
    {
        var session = TestRuntime.Open(TestModels.AddThenArgMax());
        session.Dispose();

        var error = Assert.Throws<ObjectDisposedException>(() => session.Run(new float[3], rows: 1, columns: 3));
        Assert.Equal("OnnxModelSession", error.ObjectName);
    }

    [Fact]
    public void FewerThanOneIntraOpThreadIsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TestRuntime.Open(TestModels.AddThenArgMax(), intraOpThreads: 0));
    }
}
