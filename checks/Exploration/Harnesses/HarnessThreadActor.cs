using Microsoft.Coyote.Actors;
using VmoKernel.Abi;
using VmoKernel.Checks.Exploration.Harnesses.Boot;
using VmoKernel.Kernel;
using VmoKernel.Kernel.Events;

namespace VmoKernel.Checks.Exploration.Harnesses;

/// <summary>
/// One user thread of a kernel harness. The set-up thread runs the harness's set-up and then starts the
/// client threads; a client thread runs its operations one after another, choosing each under Coyote or,
/// given an <see cref="ExplicitWorkload"/>, taking its recorded choices (a thread with none is not started).
/// Calls go to the kernel's router with this actor as <c>ReplyTo</c> and are awaited with
/// <c>ReceiveEventAsync</c>, which Coyote controls.
/// </summary>
internal sealed class HarnessThreadActor : Actor
{
    private long _tags;

    protected override async Task OnInitializeAsync(Event initialEvent)
    {
        var start = (HarnessThreadEvent)initialEvent;
        var workload = start.Settings.Workload;
        if (start.Client < 0)
        {
            start.Settings.Recorder?.Start(start.Harness.Clients);
            var calls = 0;
            var choices = 0;
            var setUp = new KernelCaller(start.Process, start.Bindings, (process, call) =>
            {
                start.Settings.Recorder?.SetUpCall();
                var answer = workload?.SkipsSetUpCall(calls++) == true
                    ? Task.FromResult(SyscallResult.ZxOk(new IntValue(0)))
                    : CallAsync(start.Router, process, call);
                return start.Run is { } imaging ? Recorded(imaging, process, call, answer) : answer;
            }, count =>
            {
                // An image is one set-up for every iteration: a set-up that chooses has none.
                start.Run?.Chose = true;
                // As the client threads do below: drawn even when written down (so a schedule replays step for step),
                // unless the workload says the written-down choices are all there is.
                var recorded = workload?.SetUpChoices is not null;
                var drawn = recorded && workload!.DrawsNoValues ? 0 : RandomInteger(count);
                var value = recorded ? workload!.SetUpChoice(choices++, count) : drawn;
                start.Settings.Recorder?.SetUpChoice(value);
                return value;
            });
            var fixture = await start.Harness.SetUpAsync(setUp);
            if (start.Run is { } run)
            {
                run.FirstFreeId = Id.Runtime.CreateActorId(typeof(HarnessThreadActor)).Value;
            }
            else
            {
                StartClients(start, fixture, e => CreateActor(typeof(HarnessThreadActor), e));
            }
        }
        else
        {
            var operations = workload?.Threads[start.Client].Count ?? start.Harness.OperationsPerClient;
            for (var i = 0; i < operations; i++)
            {
                var choices = new List<int>();
                var operation = i;
                var caller = Caller(start, count =>
                {
                    // Coyote's value is drawn even under a workload (and then ignored), so a schedule recorded
                    // while the threads chose replays step for step once their choices are made explicit; a
                    // shrink's last edit drops those draws and their steps together (DrawsNoValues).
                    var drawn = workload is { DrawsNoValues: true } ? 0 : RandomInteger(count);
                    var value = workload is null ? drawn : workload.Choice(start.Client, operation, choices.Count, count);
                    choices.Add(value);
                    return value;
                });
                // Recorded as it starts (the list fills as it chooses): the operation a failure interrupts belongs to the workload.
                start.Settings.Recorder?.Operation(start.Client, choices);
                await start.Harness.OperateAsync(caller, start.Fixture!, start.Client);
            }
        }

        RaiseHaltEvent();
    }

    private static async Task<SyscallResult> Recorded(SetUpRun run, ulong process, Syscall call, Task<SyscallResult> answer)
    {
        var result = await answer;
        run.Answers.Add(new SetUpAnswer(process, call, result));
        return result;
    }

    /// <summary>Starts the set-up thread on a fresh kernel; with <paramref name="run"/>, it makes an image's set-up and starts no clients.</summary>
    internal static void StartSetUp(IActorRuntime runtime, IKernelHarness harness, ActorKernel kernel, HarnessSettings settings, SetUpRun? run) =>
        runtime.CreateActor(typeof(HarnessThreadActor), new HarnessThreadEvent(harness, settings, kernel.Router, kernel.InitialProcess, kernel.InitialBindings, null, -1, run));

    /// <summary>Starts the client threads of <paramref name="setUp"/> (a set-up thread's start) with the <paramref name="fixture"/> its set-up made: those the workload gives operations, or all.</summary>
    internal static void StartClients(HarnessThreadEvent setUp, object fixture, Action<HarnessThreadEvent> create)
    {
        var workload = setUp.Settings.Workload;
        for (var client = 0; client < setUp.Harness.Clients; client++)
        {
            if (workload is null || (client < workload.Threads.Count && workload.Threads[client].Count > 0))
            {
                create(setUp.ForClient(client, fixture));
            }
        }
    }

    private KernelCaller Caller(HarnessThreadEvent start, Func<int, int> choose) =>
        new(start.Process, start.Bindings, (process, call) => CallAsync(start.Router, process, call), choose);

    private async Task<SyscallResult> CallAsync(ActorId router, ulong process, Syscall call)
    {
        var tag = ++_tags;
        SendEvent(router, new SyscallRequestEvent(process, call, Id, tag));
        var response = (SyscallResponseEvent)await ReceiveEventAsync(typeof(SyscallResponseEvent), e => ((SyscallResponseEvent)e).Tag == tag);
        return response.Result;
    }
}
