using Ardalis.GuardClauses;

namespace Dalhaengi.Core.Geography;

/// <summary>
/// A general district (일반구, 구) between a large city and its 읍면동, such as Hwaseong's 동탄구.
/// Most municipalities have none.
/// </summary>
public sealed record Borough
{
    /// <summary>Creates a borough.</summary>
    /// <param name="code">The borough's code.</param>
    /// <param name="name">The borough's name.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> is the default value.</exception>
    public Borough(BoroughCode code, BilingualName name)
    {
        Code = Guard.Against.Default(code);
        Name = Guard.Against.Default(name);
    }

    /// <summary>The borough's code.</summary>
    public BoroughCode Code { get; }

    /// <summary>The borough's name.</summary>
    public BilingualName Name { get; }
}
