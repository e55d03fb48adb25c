using Microsoft.Coyote.Actors;
using VmoKernel.Abi;
using VmoKernel.Kernel.Events;

namespace VmoKernel.Tests.Kernel.Protocol;

/// <summary>
/// A user program for protocol tests: all calls run as p0, the racing ones as concurrent threads (all
/// requests sent before any answer is awaited). If the kernel deadlocks, this actor waits forever and
/// Coyote reports the deadlock.
/// </summary>
public sealed class ConcurrentCallsDriverActor : Actor
{
    private ActorId _router = null!;
    private ulong _process;
    private long _tag;

    protected override async Task OnInitializeAsync(Event initialEvent)
    {
        var drive = (DriveEvent)initialEvent;
        _router = drive.Kernel.Router;
        _process = drive.Kernel.InitialProcess;
        var setUp = await InSequenceAsync(drive.SetUp);
        Assert(setUp.All(r => r.Succeeded), $"set-up failed: {string.Join(", ", setUp)}");

        var tags = drive.Racing.Select(Send).ToList();
        var answers = new Dictionary<long, SyscallResult>();
        while (answers.Count < tags.Count)
        {
            var response = (SyscallResponseEvent)await ReceiveEventAsync(typeof(SyscallResponseEvent));
            answers[response.Tag] = response.Result;
        }

        var racing = tags.Select(t => answers[t]).ToList();
        var followUp = await InSequenceAsync(drive.FollowUp);
        var problem = drive.Check(new DriveResults(setUp, racing, followUp));
        Assert(problem is null, problem ?? "");
    }

    private long Send(Syscall call)
    {
        var tag = ++_tag;
        SendEvent(_router, new SyscallRequestEvent(_process, call, Id, tag));
        return tag;
    }

    private async Task<List<SyscallResult>> InSequenceAsync(IEnumerable<Syscall> calls)
    {
        var results = new List<SyscallResult>();
        foreach (var call in calls)
        {
            var tag = Send(call);
            var response = (SyscallResponseEvent)await ReceiveEventAsync(typeof(SyscallResponseEvent), e => ((SyscallResponseEvent)e).Tag == tag);
            results.Add(response.Result);
        }

        return results;
    }
}
