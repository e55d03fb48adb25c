namespace VmoKernel.Checks.Exploration.Harnesses;

/// <summary>
/// On a harness class: the spec IDs the harness is meant to check, the ones the traceability matrix lists
/// it under as a Coyote test. They must include the ID its deadlocks report and every ID a bug it hunts
/// breaks (tests/Kernel.Tests/Exploration/DeclarationTests).
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class ChecksSpecAttribute(params string[] specIds) : Attribute
{
    public IReadOnlyList<string> SpecIds { get; } = specIds;
}
