namespace VmoKernel.Model.Invariants;

/// <summary>A broken invariant: its spec ID and a message that starts with the ID and shows the offending values.</summary>
public sealed record InvariantViolation(string Id, string Message)
{
    public static InvariantViolation Of(string id, string detail) => new(id, $"{id}: {detail}");

    public override string ToString() => Message;

    /// <summary>
    /// The violations of several checks in order. Nothing is allocated when all are empty (what exhaust
    /// sees on nearly every state and edge): checks with nothing to judge return an empty array.
    /// </summary>
    public static IReadOnlyList<InvariantViolation> All(params ReadOnlySpan<IEnumerable<InvariantViolation>> checks)
    {
        List<InvariantViolation>? found = null;
        foreach (var check in checks)
        {
            if (check is InvariantViolation[] { Length: 0 })
            {
                continue;
            }

            foreach (var violation in check)
            {
                (found ??= []).Add(violation);
            }
        }

        return found ?? [];
    }
}
