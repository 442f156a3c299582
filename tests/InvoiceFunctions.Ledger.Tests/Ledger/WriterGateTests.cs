using InvoiceFunctions.Application.Ledger;

namespace InvoiceFunctions.Ledger.Tests.Ledger;

public sealed class WriterGateTests
{
    [Fact]
    public async Task EnterAsync_ManyWritersOnOneKey_OneAtATimeAndAllServed()
    {
        var gate = new WriterGate();
        var inside = 0;
        var most = 0;
        var served = 0;

        await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => Task.Run(async () =>
        {
            using var turn = await gate.EnterAsync("num|c1|F|2026", CancellationToken.None);
            var now = Interlocked.Increment(ref inside);
            InterlockedMax(ref most, now);
            await Task.Delay(1);
            Interlocked.Decrement(ref inside);
            Interlocked.Increment(ref served);
        })));

        Assert.Equal(1, most);
        Assert.Equal(64, served);
        Assert.Equal(0, gate.ActiveKeys);
    }

    [Fact]
    public async Task EnterAsync_DifferentKeys_DoNotWaitForEachOther()
    {
        var gate = new WriterGate();
        using var first = await gate.EnterAsync("chain|c1", CancellationToken.None);

        var other = gate.EnterAsync("chain|c2", CancellationToken.None);

        Assert.True(other.IsCompletedSuccessfully);
        (await other).Dispose();
    }

    [Fact]
    public async Task EnterAsync_CancelledWhileWaiting_LeavesNoTurnBehind()
    {
        var gate = new WriterGate();
        var held = await gate.EnterAsync("k", CancellationToken.None);
        using var cancel = new CancellationTokenSource();

        var waiting = gate.EnterAsync("k", cancel.Token);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        held.Dispose();
        held.Dispose();
        Assert.Equal(0, gate.ActiveKeys);
        using var again = await gate.EnterAsync("k", CancellationToken.None);
        Assert.Equal(1, gate.ActiveKeys);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
