using Microsoft.Coyote.Actors;
using VmoKernel.Abi;
using VmoKernel.Kernel.Events;
using VmoKernel.Kernel.Notifications;
using VmoKernel.Kernel.State;

namespace VmoKernel.Kernel.Actors;

/// <summary>
/// The kernel's front door: knows every process's actor and starts one <see cref="SyscallActor"/> (a
/// kernel thread) per call, so calls of one process run concurrently as threads do.
/// </summary>
[OnEventDoAction(typeof(SyscallRequestEvent), nameof(OnRequest))]
[OnEventDoAction(typeof(RegisterProcessEvent), nameof(OnRegister))]
[OnEventDoAction(typeof(ProcessLookupEvent), nameof(OnLookup))]
[OnEventDoAction(typeof(UnregisterProcessEvent), nameof(OnUnregister))]
internal sealed class SyscallRouterActor : Actor
{
    private readonly Dictionary<ulong, ActorId> _processes = [];
    private KernelDirectory _directory = null!;
    private long _requests;

    protected override Task OnInitializeAsync(Event initialEvent)
    {
        var init = (RouterInitEvent)initialEvent;
        _directory = init.Directory;
        foreach (var (koid, actor) in init.Processes)
        {
            _processes[koid] = actor;
        }

        _requests = init.Requests;
        _directory.Census.Enrol(Id, () =>
        {
            var processes = new Dictionary<ulong, ActorId>(_processes);
            var requests = _requests;
            return new Boot.ImagePart(Id, typeof(SyscallRouterActor), directory => new RouterInitEvent(directory, processes, requests));
        });
        return Task.CompletedTask;
    }

    private void OnRegister(Event e)
    {
        var register = (RegisterProcessEvent)e;
        _processes[register.Koid] = register.Actor;
    }

    private void OnUnregister(Event e) => _processes.Remove(((UnregisterProcessEvent)e).Koid);

    private void OnLookup(Event e)
    {
        var lookup = (ProcessLookupEvent)e;
        SendEvent(lookup.Requester, new ProcessLookupReplyEvent([.. lookup.Koids.Select(k => _processes.GetValueOrDefault(k))]));
    }

    private void OnRequest(Event e)
    {
        var request = (SyscallRequestEvent)e;
        var completion = CurrentEventGroup as AwaitableEventGroup<SyscallResult>;
        var id = ++_requests;
        _directory.Options.Tell(Monitor, new CallStartedNotification(id, request.Process, request.Call));

        _directory.InFlight.Started(wasSent: completion is not null);
        _processes.TryGetValue(request.Process, out var process);
        CreateActor(typeof(SyscallActor), new SyscallStartEvent(request, process, _directory, completion, id), completion);
    }
}
