using System.Numerics;
using System.Runtime.InteropServices;
using VmoKernel.Model.State;

namespace VmoKernel.Checks.Exhaust;

/// <summary>
/// A 64-bit hash fed one word at a time (multiply-rotate per word, a SplitMix64 finaliser at the end):
/// cheap enough to run on every generated state, and with about 10^7 stored states the chance that two
/// distinct canonical states collide is about n^2 / 2^65, under 10^-5.
/// </summary>
internal struct FingerprintHash
{
    private const ulong Multiplier = 0x9E37_79B9_7F4A_7C15;

    private ulong _hash;

    public void Add(ulong word) => _hash = (BitOperations.RotateLeft(_hash, 26) ^ word) * Multiplier;

    public void Add(bool flag) => Add(flag ? 1UL : 0UL);

    /// <summary>Page contents by value: the zero page is one word, other pages every 8 bytes.</summary>
    public void Add(PageBytes page)
    {
        if (ReferenceEquals(page, PageBytes.Zero))
        {
            Add(0UL);
            return;
        }

        var acc = 0x5bd1_e995UL;
        foreach (var word in MemoryMarshal.Cast<byte, ulong>(page.Bytes.AsSpan()))
        {
            acc = (BitOperations.RotateLeft(acc, 17) ^ word) * Multiplier;
        }

        Add(acc);
    }

    public readonly ulong Finish()
    {
        var z = _hash;
        z = (z ^ (z >> 30)) * 0xBF58_476D_1CE4_E5B9;
        z = (z ^ (z >> 27)) * 0x94D0_49BB_1331_11EB;
        return z ^ (z >> 31);
    }
}
