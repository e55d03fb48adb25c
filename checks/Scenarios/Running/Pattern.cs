using System.Collections.Immutable;
using VmoKernel.Abi;

namespace VmoKernel.Checks.Scenarios.Running;

/// <summary>
/// An evaluated expectation: what a call's value must look like. The family is closed: anything
/// (<c>_</c>), an exact value, a record pattern (listed fields only), a list pattern (element-wise).
/// </summary>
public abstract record Pattern;

/// <summary><c>_</c>.</summary>
public sealed record AnyPattern : Pattern;

/// <summary>A value the actual value must equal; a record value constrains only its own fields.</summary>
public sealed record ExactPattern(Value Value) : Pattern;

/// <summary><c>{name: pattern, ...}</c>: the actual record must have each listed field, matching; others are ignored.</summary>
public sealed record RecordPattern(ImmutableArray<FieldPattern> Fields) : Pattern;

/// <summary>One listed field of a <see cref="RecordPattern"/>.</summary>
public sealed record FieldPattern(string Name, Pattern Pattern);

/// <summary><c>[p1, p2, ...]</c>: the actual list has exactly these many elements, each matching.</summary>
public sealed record ListPattern(ImmutableArray<Pattern> Items) : Pattern;
