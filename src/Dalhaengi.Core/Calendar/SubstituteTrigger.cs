namespace Dalhaengi.Core.Calendar;

/// <summary>What a holiday must fall on for a substitute-holiday rule to give a substitute day.</summary>
internal enum SubstituteTrigger
{
    /// <summary>A Saturday (not a holiday itself, but some eras compensate for it).</summary>
    Saturday,

    /// <summary>A Sunday (a holiday for government offices).</summary>
    Sunday,

    /// <summary>Another holiday on the same day (regular, election or temporary), or a Sunday, which is a holiday for offices.</summary>
    OtherHoliday,
}
