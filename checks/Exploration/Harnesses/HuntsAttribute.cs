using VmoKernel.Kernel;

namespace VmoKernel.Checks.Exploration.Harnesses;

/// <summary>
/// On a harness class: a seeded kernel bug this harness hunts by default. The link is declared here, on
/// the checks side, because impl/ cannot name a harness type (it never references checks/); naming the
/// bug by its enum member keeps the link compiler-checked. Each bug has exactly one hunting harness
/// (tests/Kernel.Tests/Exploration/DeclarationTests).
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class HuntsAttribute(SeededBug bug) : Attribute
{
    public SeededBug Bug { get; } = bug;
}
