using Dalhaengi.Core.Geography;

namespace Dalhaengi.Core.DependencyInjection;

/// <summary>
/// Options for <see cref="DalhaengiServiceCollectionExtensions.AddDalhaengi(Microsoft.Extensions.DependencyInjection.IServiceCollection, Action{DalhaengiOptions})"/>.
/// </summary>
public sealed class DalhaengiOptions
{
    /// <summary>
    /// The municipality the program runs in. Defaults to <see cref="BuiltInMunicipalities.Yangpyeong"/>.
    /// </summary>
    public Municipality Municipality { get; set; } = BuiltInMunicipalities.Yangpyeong;

    /// <summary>Checks the options and lists what is wrong.</summary>
    /// <returns>The problems found; empty when the options are valid.</returns>
    internal List<ValidationProblem> Validate()
    {
        var problems = new List<ValidationProblem>();
        if (Municipality is null)
        {
            problems.Add(new(nameof(Municipality), "must be set", "use BuiltInMunicipalities.Yangpyeong or load one with MunicipalityJson"));
        }

        return problems;
    }
}
