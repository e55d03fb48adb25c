namespace VmoKernel.Model.State;

/// <summary>What kind of memory a VMO is, fixed at creation.</summary>
[Flags]
public enum VmoTraits
{
    None = 0,
    Resizable = 1 << 0,
    Discardable = 1 << 1,
    Lockless = 1 << 2,
    Contiguous = 1 << 3,
    Physical = 1 << 4,
    PagerBacked = 1 << 5,
}
