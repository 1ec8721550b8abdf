namespace Dalhaengi.Core.Benchmarks.Screening;

/// <summary>One way of screening a whole <see cref="ScreeningPopulation"/>; after <see cref="Screen"/>, <see cref="TierAt"/> reads each household's tier.</summary>
internal abstract class ScreeningContender(string name)
{
    public string Name => name;

    /// <summary>Screens every household of the population.</summary>
    public abstract void Screen();

    /// <summary>The tier index the last <see cref="Screen"/> gave household <paramref name="index"/>.</summary>
    public abstract int TierAt(int index);

    /// <summary>The score the last <see cref="Screen"/> gave household <paramref name="index"/>.</summary>
    public abstract int ScoreAt(int index);
}
