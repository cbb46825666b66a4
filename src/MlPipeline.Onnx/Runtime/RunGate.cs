namespace MlPipeline.Onnx.Runtime;

/// <summary>
/// Lets runs on several threads and one Dispose meet safely: the owner holds one reference and every run another, and whoever
/// lets go last releases the session, so a Dispose during a run never frees memory the run is still using.
/// </summary>
internal sealed class RunGate(Action release)
{
    private int _holders = 1;
    private int _closed;

    /// <summary>Takes a reference for one run; false once the owner has closed the gate.</summary>
    public bool TryEnter()
    {
        var holders = Volatile.Read(ref _holders);
        while (holders > 0)
        {
            var seen = Interlocked.CompareExchange(ref _holders, holders + 1, holders);
            if (seen == holders)
            {
                return true;
            }

            holders = seen;
        }

        return false;
    }

    public void Exit()
    {
        if (Interlocked.Decrement(ref _holders) == 0)
        {
            release();
        }
    }

    /// <summary>The owner lets go; repeated calls do nothing.</summary>
    public void Close()
    {
        if (Interlocked.Exchange(ref _closed, 1) == 0)
        {
            Exit();
        }
    }
}
