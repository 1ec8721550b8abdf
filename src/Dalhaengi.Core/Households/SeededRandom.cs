namespace Dalhaengi.Core.Households;

/// <summary>
/// A small deterministic generator (SplitMix64): the same seed gives the same stream on every platform and .NET
/// version, which <see cref="Random"/> does not promise. One per household, so households are independent.
/// </summary>
internal struct SeededRandom(ulong seed)
{
    private ulong _state = seed;

    internal static SeededRandom For(int seed, long stream) =>
        new(Mix(unchecked(((ulong)(uint)seed << 32) ^ (ulong)stream ^ 0x9E3779B97F4A7C15UL)));

    internal double NextDouble() => (Next() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Returns an integer from <paramref name="min"/> to <paramref name="max"/>, both inclusive.</summary>
    internal int Between(int min, int max) => min + (int)(NextDouble() * (max - min + 1));

    internal bool Chance(double probability) => NextDouble() < probability;

    internal double Normal(double mean, double deviation)
    {
        var u1 = 1.0 - NextDouble();
        var u2 = NextDouble();
        return mean + (deviation * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2));
    }

    internal ulong Next()
    {
        unchecked
        {
            _state += 0x9E3779B97F4A7C15UL;
            return Mix(_state);
        }
    }

    private static ulong Mix(ulong z)
    {
        unchecked
        {
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
