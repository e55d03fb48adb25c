using VmoKernel.Abi;
using VmoKernel.Checks.Scenarios.Running;

namespace VmoKernel.Tests.Scenario;

public sealed class ValueMatcherTests
{
    private static readonly Value LockState = Value.Record(
        ("offset", Value.Int(0)), ("size", Value.Int(4096)), ("discarded_offset", Value.Int(0)), ("discarded_size", Value.Int(0)));

    [Fact]
    public void IntegersAndBytesMatchByEquality()
    {
        Assert.True(ValueMatcher.Matches(new ExactPattern(Value.Int(5)), Value.Int(5)));
        Assert.False(ValueMatcher.Matches(new ExactPattern(Value.Int(5)), Value.Int(6)));
        Assert.True(ValueMatcher.Matches(new ExactPattern(Value.Of(ByteString.Zeros(3))), Value.Of(ByteString.Zeros(3))));
        Assert.False(ValueMatcher.Matches(new ExactPattern(Value.Of(ByteString.Zeros(3))), Value.Of(ByteString.Zeros(4))));
        Assert.False(ValueMatcher.Matches(new ExactPattern(Value.Int(0)), Value.None));
    }

    [Fact]
    public void ARecordPatternChecksOnlyTheListedFields()
    {
        Assert.True(ValueMatcher.Matches(Record(("size", Exact(4096))), LockState));
        Assert.False(ValueMatcher.Matches(Record(("size", Exact(1))), LockState));
        Assert.False(ValueMatcher.Matches(Record(("nope", new AnyPattern())), LockState));
        Assert.True(ValueMatcher.Matches(Record(), LockState));
        Assert.False(ValueMatcher.Matches(Record(), Value.Int(1)));
    }

    [Fact]
    public void ABoundRecordMatchesTheFieldsItHas() =>
        Assert.True(ValueMatcher.Matches(new ExactPattern(Value.Record(("size", Value.Int(4096)))), LockState));

    [Fact]
    public void ListsMatchElementByElementWithTheSameLength()
    {
        var addrs = Value.List([Value.Int(1), Value.Int(2)]);
        Assert.True(ValueMatcher.Matches(new ListPattern([new AnyPattern(), Exact(2)]), addrs));
        Assert.False(ValueMatcher.Matches(new ListPattern([new AnyPattern()]), addrs));
        Assert.False(ValueMatcher.Matches(new ListPattern([Exact(2), Exact(1)]), addrs));
        Assert.True(ValueMatcher.Matches(new ExactPattern(addrs), addrs));
    }

    [Fact]
    public void TheWildcardMatchesAnything()
    {
        Assert.True(ValueMatcher.Matches(new AnyPattern(), Value.None));
        Assert.True(ValueMatcher.Matches(new AnyPattern(), LockState));
    }

    [Fact]
    public void AMismatchShowsTheActualValueThroughThePatternsShape()
    {
        var pattern = Record(("size", Exact(8192)), ("nope", new AnyPattern()));
        Assert.Equal("{size: 0x2000, nope: _}", ValueMatcher.RenderExpected(pattern));
        Assert.Equal("{size: 0x1000, nope: (no such field)}", ValueMatcher.RenderActual(pattern, LockState));
        Assert.Equal("fill(0x53, 4096)", ValueMatcher.RenderActual(Exact(0), Value.Of(ByteString.Of(Enumerable.Repeat((byte)0x53, 4096).ToArray()))));
        Assert.Equal("none", ValueMatcher.RenderActual(Exact(0), Value.None));
    }

    private static ExactPattern Exact(ulong value) => new(Value.Int(value));

    private static RecordPattern Record(params (string Name, Pattern Pattern)[] fields) =>
        new([.. fields.Select(f => new FieldPattern(f.Name, f.Pattern))]);
}
