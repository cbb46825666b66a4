using MlPipeline.Training.Native;

namespace MlPipeline.Training.Boosting;

/// <summary>Rows in XGBoost's own format. The data is copied in, so the arrays may change afterwards.</summary>
public sealed class DMatrix : IDisposable
{
    private DMatrix(DMatrixHandle handle, int rows, int columns)
    {
        Handle = handle;
        Rows = rows;
        Columns = columns;
    }

    public int Rows { get; }

    public int Columns { get; }

    internal DMatrixHandle Handle { get; }

    /// <param name="values">Row-major, <paramref name="rows"/> × <paramref name="columns"/>; NaN marks a missing value (always: any other marker would change ONNX parity).</param>
    /// <param name="labels">Empty for a matrix only predicted on.</param>
    /// <param name="weights">Empty for equal weights.</param>
    public static unsafe DMatrix Create(ReadOnlySpan<float> values, int rows, int columns, ReadOnlySpan<float> labels = default, ReadOnlySpan<float> weights = default, int threads = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(columns);
        if (values.Length != (long)rows * columns)
        {
            throw new ArgumentException($"Expected {rows} × {columns} = {(long)rows * columns} values, got {values.Length}.", nameof(values));
        }

        _ = XGBoostLibrary.Version;
        nint pointer;
        fixed (float* data = values)
        {
            XGBoostCall.Check(XGBoostNative.XGDMatrixCreateFromMat(data, (ulong)rows, (ulong)columns, float.NaN, out pointer, threads), $"create a {rows} × {columns} matrix");
        }

        var matrix = new DMatrix(DMatrixHandle.Own(pointer), rows, columns);
        try
        {
            matrix.SetInfo("label", labels);
            matrix.SetInfo("weight", weights);
            return matrix;
        }
        catch
        {
            matrix.Dispose();
            throw;
        }
    }

    public void Dispose() => Handle.Dispose();

    private unsafe void SetInfo(string field, ReadOnlySpan<float> values)
    {
        if (values.IsEmpty)
        {
            return;
        }

        if (values.Length != Rows)
        {
            throw new ArgumentException($"Expected one {field} per row ({Rows}), got {values.Length}.", field);
        }

        fixed (float* data = values)
        {
            XGBoostCall.Check(XGBoostNative.XGDMatrixSetFloatInfo(Handle, field, data, (ulong)values.Length), $"set the {field}s");
        }
    }
}
