using System.Globalization;
using System.Runtime.InteropServices;
using MlPipeline.Training.Native;

namespace MlPipeline.Training.Boosting;

/// <summary>An XGBoost model being trained or used.</summary>
public sealed class Booster : IDisposable
{
    private readonly BoosterHandle _handle;

    private Booster(BoosterHandle handle) => _handle = handle;

    /// <summary>Rounds (layers of trees) in the model.</summary>
    public int BoostedRounds
    {
        get
        {
            XGBoostCall.Check(XGBoostNative.XGBoosterBoostedRounds(_handle, out var rounds), "count the boosted rounds");
            return rounds;
        }
    }

    /// <param name="cache">The matrices the booster will train and evaluate on.</param>
    public static unsafe Booster Create(params DMatrix[] cache)
    {
        _ = XGBoostLibrary.Version;
        var handles = new nint[cache.Length];
        var added = new bool[cache.Length];
        try
        {
            for (var i = 0; i < cache.Length; i++)
            {
                cache[i].Handle.DangerousAddRef(ref added[i]);
                handles[i] = cache[i].Handle.DangerousGetHandle();
            }

            fixed (nint* matrices = handles)
            {
                XGBoostCall.Check(XGBoostNative.XGBoosterCreate(matrices, (ulong)handles.Length, out var pointer), "create a booster");
                return new Booster(BoosterHandle.Own(pointer));
            }
        }
        finally
        {
            for (var i = 0; i < cache.Length; i++)
            {
                if (added[i])
                {
                    cache[i].Handle.DangerousRelease();
                }
            }
        }
    }

    /// <summary>Reads a model saved by <see cref="SaveJson"/> (or any model XGBoost can load).</summary>
    public static unsafe Booster Load(ReadOnlySpan<byte> model)
    {
        var booster = Create();
        try
        {
            fixed (byte* buffer = model)
            {
                XGBoostCall.Check(XGBoostNative.XGBoosterLoadModelFromBuffer(booster._handle, buffer, (ulong)model.Length), "load a model");
            }

            return booster;
        }
        catch
        {
            booster.Dispose();
            throw;
        }
    }

    public void SetParameter(string name, string value) =>
        XGBoostCall.Check(XGBoostNative.XGBoosterSetParam(_handle, name, value), $"set parameter {name}={value}");

    public void UpdateOneIteration(int iteration, DMatrix train) =>
        XGBoostCall.Check(XGBoostNative.XGBoosterUpdateOneIter(_handle, iteration, train.Handle), $"train round {iteration + 1}");

    /// <summary>XGBoost's evaluation line for one round, e.g. <c>[3]\ttrain-rmse:0.5\tvalidation-rmse:0.6</c>.</summary>
    public unsafe string EvaluateOneIteration(int iteration, IReadOnlyList<(DMatrix Matrix, string Name)> sets)
    {
        var matrices = new nint[sets.Count];
        var names = new nint[sets.Count];
        var added = new bool[sets.Count];
        try
        {
            for (var i = 0; i < sets.Count; i++)
            {
                sets[i].Matrix.Handle.DangerousAddRef(ref added[i]);
                matrices[i] = sets[i].Matrix.Handle.DangerousGetHandle();
                names[i] = Marshal.StringToCoTaskMemUTF8(sets[i].Name);
            }

            fixed (nint* matrixPointers = matrices)
            fixed (nint* namePointers = names)
            {
                XGBoostCall.Check(
                    XGBoostNative.XGBoosterEvalOneIter(_handle, iteration, matrixPointers, namePointers, (ulong)sets.Count, out var result),
                    $"evaluate round {iteration + 1}");
                return Marshal.PtrToStringUTF8(result) ?? "";
            }
        }
        finally
        {
            for (var i = 0; i < sets.Count; i++)
            {
                Marshal.FreeCoTaskMem(names[i]);
                if (added[i])
                {
                    sets[i].Matrix.Handle.DangerousRelease();
                }
            }
        }
    }

    /// <summary>A new booster holding rounds [<paramref name="beginRound"/>, <paramref name="endRound"/>) of this one.</summary>
    public Booster Slice(int beginRound, int endRound)
    {
        XGBoostCall.Check(XGBoostNative.XGBoosterSlice(_handle, beginRound, endRound, 1, out var sliced), $"keep rounds {beginRound}..{endRound}");
        return new Booster(BoosterHandle.Own(sliced));
    }

    public unsafe Prediction Predict(DMatrix matrix, PredictionKind kind = PredictionKind.Value)
    {
        // Every key is required and type-checked by XGBoost 1.7; iteration_end 0 means all rounds.
        var config = string.Create(CultureInfo.InvariantCulture,
            $"{{\"type\": {(int)kind}, \"training\": false, \"iteration_begin\": 0, \"iteration_end\": 0, \"strict_shape\": false}}");
        XGBoostCall.Check(
            XGBoostNative.XGBoosterPredictFromDMatrix(_handle, matrix.Handle, config, out var shape, out var dimensions, out var result),
            $"predict ({kind})");
        var dims = new int[(int)dimensions];
        long count = 1;
        for (var i = 0; i < dims.Length; i++)
        {
            dims[i] = checked((int)shape[i]);
            count *= dims[i];
        }

        // The result buffer belongs to the booster and is overwritten by its next call: copy it now.
        return new Prediction(new ReadOnlySpan<float>(result, checked((int)count)).ToArray(), dims);
    }

    /// <summary>The model as XGBoost's JSON document.</summary>
    public unsafe byte[] SaveJson()
    {
        XGBoostCall.Check(XGBoostNative.XGBoosterSaveModelToBuffer(_handle, "{\"format\": \"json\"}", out var length, out var buffer), "save the model as JSON");
        return new ReadOnlySpan<byte>(buffer, checked((int)length)).ToArray();
    }

    public void Dispose() => _handle.Dispose();
}
