using Microsoft.Coyote.Actors;
using VmoKernel.Abi;
using VmoKernel.Kernel.Events;

namespace VmoKernel.Checks.Exploration.Harnesses;

/// <summary>
/// One user thread of a kernel harness. The set-up thread runs the harness's set-up and then starts the
/// client threads; a client thread runs its operations one after another. Calls go to the kernel's router
/// with this actor as <c>ReplyTo</c> and are awaited with <c>ReceiveEventAsync</c>, which Coyote controls.
/// </summary>
internal sealed class HarnessThreadActor : Actor
{
    private long _tags;

    protected override async Task OnInitializeAsync(Event initialEvent)
    {
        var start = (HarnessThreadEvent)initialEvent;
        var caller = new KernelCaller(start.Process, start.Bindings, (process, call) => CallAsync(start.Router, process, call), RandomInteger);
        if (start.Client < 0)
        {
            var fixture = await start.Harness.SetUpAsync(caller);
            for (var client = 0; client < start.Harness.Clients; client++)
            {
                CreateActor(typeof(HarnessThreadActor), new HarnessThreadEvent(start.Harness, start.Router, start.Process, start.Bindings, fixture, client));
            }
        }
        else
        {
            for (var i = 0; i < start.Harness.OperationsPerClient; i++)
            {
                await start.Harness.OperateAsync(caller, start.Fixture!, start.Client);
            }
        }

        RaiseHaltEvent();
    }

    private async Task<SyscallResult> CallAsync(ActorId router, ulong process, Syscall call)
    {
        var tag = ++_tags;
        SendEvent(router, new SyscallRequestEvent(process, call, Id, tag));
        var response = (SyscallResponseEvent)await ReceiveEventAsync(typeof(SyscallResponseEvent), e => ((SyscallResponseEvent)e).Tag == tag);
        return response.Result;
    }
}
