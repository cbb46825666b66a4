using System.Diagnostics;
using MlPipeline.Onnx.Export;

namespace MlPipeline.Onnx.Tests.Export;

/// <summary>ONNX's own validator (python3-onnx's onnx.checker with full_check, which also runs shape inference) accepts every exported model.</summary>
public sealed class OnnxChecker
{
    private const string InstallHint = "python3-onnx is not installed (no python3 on PATH or /usr/bin/python3 can import onnx): sudo apt-get install -y python3-onnx";

    // PATH's python3 may be a pyenv or venv without Debian's dist-packages; Debian's own interpreter has python3-onnx.
    private static readonly string[] PythonCandidates = ["python3", "/usr/bin/python3"];

    public static TheoryData<string> Cases => TrainedModels.Names;

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task OnnxCheckerAcceptsTheExportedModelWithFullCheck(string name)
    {
        var python = await PythonWithOnnx() ?? throw new InvalidOperationException(InstallHint);
        var options = new OnnxExportOptions
        {
            FeatureNames = ExportRows.FeatureNames,
            Metadata = new Dictionary<string, string> { ["model_version"] = "3" },
        };
        var path = Path.Combine(Path.GetTempPath(), $"mlpipeline-onnx-check-{Guid.NewGuid():N}.onnx");
        File.WriteAllBytes(path, XGBoostOnnxExporter.Export(TrainedModels.Named(name).Json, options));
        try
        {
            var (exitCode, output) = await Run(python, "-c", "import onnx, sys; onnx.checker.check_model(sys.argv[1], full_check=True); print('valid')", path);

            Assert.True(exitCode == 0, $"onnx.checker rejected the {name} model:\n{output}");
            Assert.Equal("valid", output.Trim());
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static async Task<string?> PythonWithOnnx()
    {
        foreach (var python in PythonCandidates)
        {
            if ((await Run(python, "-c", "import onnx")).ExitCode == 0)
            {
                return python;
            }
        }

        return null;
    }

    private static async Task<(int ExitCode, string Output)> Run(string fileName, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            return (process.ExitCode, await stdout + await stderr);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return (-1, $"{fileName} cannot be started");
        }
    }
}
