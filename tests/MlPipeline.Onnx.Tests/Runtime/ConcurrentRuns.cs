using MlPipeline.Onnx.Runtime;

namespace MlPipeline.Onnx.Tests.Runtime;

public sealed class ConcurrentRuns
{
    private const int Threads = 8;
    private const int RunsPerThread = 50;

    [Fact]
    public void ManyThreadsRunningOneSessionGetTheSameOutputsAsOneThread()
    {
        using var session = OnnxModelSession.Open(TestModels.OneSplitRegressor(missingTracksTrue: true));
        var inputs = Enumerable.Range(0, Threads).Select(Batch).ToArray();
        var expected = inputs.Select(input => session.Run(input, rows: input.Length / 2, columns: 2)["Y"].Values).ToArray();
        var results = new float[Threads][][];
        using var start = new Barrier(Threads);

        var workers = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            results[t] = Enumerable.Range(0, RunsPerThread)
                .Select(_ => session.Run(inputs[t], rows: inputs[t].Length / 2, columns: 2)["Y"].Values)
                .ToArray();
        })).ToList();
        workers.ForEach(worker => worker.Start());
        workers.ForEach(worker => worker.Join());

        for (var t = 0; t < Threads; t++)
        {
            Assert.All(results[t], values => Assert.Equal(expected[t], values));
        }
    }

    /// <summary>Each thread has its own batch (a different length and mix of sides), so answers crossed between threads would show.</summary>
    private static float[] Batch(int thread) =>
        Enumerable.Range(0, 100 + thread)
            .SelectMany(row => new[] { row, (row * (thread + 3)) % 7 == 0 ? float.NaN : ((row + thread) % 10) / 10f })
            .ToArray();
}
