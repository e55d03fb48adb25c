using Microsoft.Coyote.Actors.Coverage;

namespace VmoKernel.Checks.Exploration.Coverage;

/// <summary>
/// Coyote's activity coverage (<c>Configuration.WithActivityCoverageReported</c>, the engine's
/// <c>TestReport.CoverageInfo</c>) per actor type: the event types its handlers declare and the ones it
/// actually handled, merged over every run given.
/// </summary>
public sealed class ActorActivity
{
    private readonly ActorCoverageInfo _merged = new();

    public void Add(ActorCoverageInfo info) => _merged.Merge(info);

    /// <summary>
    /// Per actor type (short name): the distinct event types it received (by a declared handler or an
    /// awaited receive, which Coyote's registration does not list), the ones its handlers declare, and
    /// how many of those declared ones it received.
    /// </summary>
    public IEnumerable<(string Actor, int Received, int Declared, int DeclaredReceived)> PerActor()
    {
        foreach (var actor in _merged.Machines.Order(StringComparer.Ordinal))
        {
            var states = _merged.MachinesToStates.GetValueOrDefault(actor) ?? [];
            var declared = new HashSet<string>(StringComparer.Ordinal);
            var handled = new HashSet<string>(StringComparer.Ordinal);
            foreach (var state in states)
            {
                var id = $"{actor}.{state}";
                declared.UnionWith(_merged.RegisteredActorEvents.GetValueOrDefault(id) ?? []);
                handled.UnionWith(_merged.ActorEventInfo.GetEventsReceived(id));
            }

            yield return (ShortName(actor), handled.Count, declared.Count, declared.Count(handled.Contains));
        }
    }

    private static string ShortName(string type) => type[(type.LastIndexOfAny(['.', '+']) + 1)..];
}
