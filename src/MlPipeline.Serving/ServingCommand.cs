using MlPipeline.Serving.Batch;
using MlPipeline.Serving.Bundle;
using MlPipeline.Serving.Scoring;

namespace MlPipeline.Serving;

/// <summary>
/// The command line: <c>MlPipeline.Serving [--model-dir DIR] [--urls URLS]</c> serves until SIGTERM or Ctrl+C;
/// <c>MlPipeline.Serving score --input IN.csv --output OUT.csv [--model-dir DIR]</c> scores a file and exits.
/// </summary>
public static class ServingCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var directory = ServingOptions.ModelDirectoryFrom(args);
        try
        {
            if (args is ["score", .. var rest])
            {
                var input = Value(rest, "--input");
                var output = Value(rest, "--output");
                var rows = BatchScorer.Score(directory, input, output);
                Console.WriteLine($"Scored {rows} rows of {input} into {output}.");
                return 0;
            }

            await using var app = ServingApp.Create(args, new ServingOptions(directory));
            await app.RunAsync();
            return 0;
        }
        catch (Exception exception) when (exception is BundleException or InputException)
        {
            await Console.Error.WriteLineAsync("error: " + exception.Message);
            return 1;
        }
    }

    private static string Value(IReadOnlyList<string> args, string option) =>
        Arguments.Value(args, option)
        ?? throw new InputException($"score needs {option} <file>: MlPipeline.Serving score --input IN.csv --output OUT.csv [--model-dir DIR].");
}
