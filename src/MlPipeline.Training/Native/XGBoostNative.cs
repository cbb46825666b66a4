using System.Runtime.InteropServices;

namespace MlPipeline.Training.Native;

/// <summary>The XGBoost 1.7 C API calls we use (<c>xgboost/c_api.h</c>). Every int return is 0 on success, -1 on failure.</summary>
internal static unsafe partial class XGBoostNative
{
    public const string Library = "libxgboost.so.0";

    [LibraryImport(Library)]
    public static partial nint XGBGetLastError();

    [LibraryImport(Library)]
    public static partial void XGBoostVersion(out int major, out int minor, out int patch);

    [LibraryImport(Library, EntryPoint = "XGDMatrixCreateFromMat_omp")]
    public static partial int XGDMatrixCreateFromMat(float* data, ulong rows, ulong columns, float missing, out nint handle, int threads);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int XGDMatrixSetFloatInfo(DMatrixHandle handle, string field, float* values, ulong length);

    [LibraryImport(Library)]
    public static partial int XGDMatrixFree(nint handle);

    [LibraryImport(Library)]
    public static partial int XGBoosterCreate(nint* matrices, ulong count, out nint handle);

    [LibraryImport(Library)]
    public static partial int XGBoosterFree(nint handle);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int XGBoosterSetParam(BoosterHandle handle, string name, string value);

    [LibraryImport(Library)]
    public static partial int XGBoosterUpdateOneIter(BoosterHandle handle, int iteration, DMatrixHandle train);

    [LibraryImport(Library)]
    public static partial int XGBoosterEvalOneIter(BoosterHandle handle, int iteration, nint* matrices, nint* names, ulong count, out nint result);

    [LibraryImport(Library)]
    public static partial int XGBoosterBoostedRounds(BoosterHandle handle, out int rounds);

    [LibraryImport(Library)]
    public static partial int XGBoosterSlice(BoosterHandle handle, int beginLayer, int endLayer, int step, out nint sliced);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int XGBoosterPredictFromDMatrix(BoosterHandle handle, DMatrixHandle matrix, string config, out ulong* shape, out ulong dimensions, out float* result);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int XGBoosterSaveModelToBuffer(BoosterHandle handle, string config, out ulong length, out byte* buffer);

    [LibraryImport(Library)]
    public static partial int XGBoosterLoadModelFromBuffer(BoosterHandle handle, byte* buffer, ulong length);
}
