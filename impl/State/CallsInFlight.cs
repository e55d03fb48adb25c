namespace VmoKernel.Kernel.State;

/// <summary>
/// How many calls are on their way to the router, how many the kernel is running and how many of those
/// are blocked waiting for a wake (L-18). A
/// sequential driver (the scenario runner) waits for <see cref="SettleAsync"/> after each statement: the
/// kernel is settled when no call is on its way and every call running is blocked, so a call woken by a statement has finished or
/// blocked again before the next statement runs, as the scenario language says. A waker counts its wake
/// before it releases anything, so there is no instant at which a woken call looks blocked.
/// <para>
/// Actor handlers under Coyote run one at a time, so the counts need no lock of their own; the lock is
/// there for a kernel hosted on the production runtime.
/// </para>
/// </summary>
internal sealed class CallsInFlight
{
    private readonly object _gate = new();
    private readonly List<TaskCompletionSource> _settled = [];
    private int _sent;
    private int _running;
    private int _blocked;

    /// <summary>A driver sent a request (counted before the router sees it).</summary>
    public void Sent() => Change(sent: 1);

    /// <summary>The router started a call's thread; <paramref name="wasSent"/> when a driver counted it as sent.</summary>
    public void Started(bool wasSent) => Change(sent: wasSent ? -1 : 0, running: 1);

    /// <summary>A call answered (after its answer is delivered, so a settled driver finds its task complete).</summary>
    public void Answered() => Change(running: -1);

    public void Blocked() => Change(blocked: 1);

    public void Woken() => Change(blocked: -1);

    private bool Settled => _sent == 0 && _running == _blocked;

    /// <summary>No call is on its way, running or blocked: the kernel's state is all in its owners' hands.</summary>
    public bool Idle
    {
        get
        {
            lock (_gate)
            {
                return _sent == 0 && _running == 0;
            }
        }
    }

    /// <summary>Completes once every call in flight is blocked (at once when that is so already).</summary>
    public Task SettleAsync()
    {
        lock (_gate)
        {
            if (Settled)
            {
                return Task.CompletedTask;
            }

            var settled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _settled.Add(settled);
            return settled.Task;
        }
    }

    private void Change(int sent = 0, int running = 0, int blocked = 0)
    {
        List<TaskCompletionSource> done = [];
        lock (_gate)
        {
            _sent += sent;
            _running += running;
            _blocked += blocked;
            if (Settled)
            {
                done.AddRange(_settled);
                _settled.Clear();
            }
        }

        foreach (var settled in done)
        {
            settled.SetResult();
        }
    }
}
