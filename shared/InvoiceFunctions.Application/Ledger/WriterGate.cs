namespace InvoiceFunctions.Application.Ledger;

/// <summary>
/// Lets the writers of this process take turns at a contended row: a series' number counter, a company's archive chain
/// head. Writers in other instances still race through the row's ETag, which keeps every write correct; within one
/// instance, taking turns replaces a storm of lost conditional writes and random back-offs (16 invoices in flight, most
/// attempts losing) by one write each.
/// </summary>
public sealed class WriterGate
{
    private readonly Dictionary<string, Slot> slots = new(StringComparer.Ordinal);

    /// <summary>Waits for the turn at <paramref name="key"/>; disposing the result ends it.</summary>
    public async Task<IDisposable> EnterAsync(string key, CancellationToken cancellationToken)
    {
        Slot slot;
        lock (slots)
        {
            if (!slots.TryGetValue(key, out slot!))
            {
                slots[key] = slot = new Slot();
            }

            slot.Users++;
        }

        try
        {
            await slot.Turn.WaitAsync(cancellationToken);
        }
        catch
        {
            Leave(key, slot, held: false);
            throw;
        }

        return new Turn(this, key, slot);
    }

    /// <summary>How many keys have writers waiting or writing (zero when idle: slots do not accumulate).</summary>
    public int ActiveKeys
    {
        get
        {
            lock (slots)
            {
                return slots.Count;
            }
        }
    }

    private void Leave(string key, Slot slot, bool held)
    {
        if (held)
        {
            slot.Turn.Release();
        }

        lock (slots)
        {
            if (--slot.Users == 0)
            {
                slots.Remove(key);
                slot.Turn.Dispose();
            }
        }
    }

    private sealed class Slot
    {
        public SemaphoreSlim Turn { get; } = new(1, 1);

        public int Users { get; set; }
    }

    private sealed class Turn(WriterGate gate, string key, Slot slot) : IDisposable
    {
        private int done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref done, 1) == 0)
            {
                gate.Leave(key, slot, held: true);
            }
        }
    }
}
