namespace Dalhaengi.Core.Partners;

/// <summary>Checks a roster as a whole; paths are JSON paths so file and code input report alike.</summary>
internal static class PartnerRosterValidator
{
    internal static List<ValidationProblem> Validate(IReadOnlyList<ServiceDefinition> services, IReadOnlyList<PartnerOrganization> partners)
    {
        var problems = new List<ValidationProblem>();
        var codes = new HashSet<ServiceCode>();
        for (var i = 0; i < services.Count; i++)
        {
            if (services[i] is null)
            {
                problems.Add(new($"$.services[{i}]", "must not be null"));
            }
            else if (!codes.Add(services[i].Code))
            {
                problems.Add(new($"$.services[{i}].code", $"service code '{services[i].Code}' is used twice"));
            }
        }

        var ids = new HashSet<PartnerId>();
        for (var i = 0; i < partners.Count; i++)
        {
            var p = partners[i];
            if (p is null)
            {
                problems.Add(new($"$.partners[{i}]", "must not be null"));
                continue;
            }

            if (!ids.Add(p.Id))
            {
                problems.Add(new($"$.partners[{i}].id", $"partner id '{p.Id}' is used twice"));
            }

            for (var j = 0; j < p.Services.Count; j++)
            {
                if (!codes.Contains(p.Services[j]))
                {
                    problems.Add(new($"$.partners[{i}].services", $"partner '{p.Id}' brings unknown service '{p.Services[j]}'", "define it under $.services"));
                }
            }

            if (p.Presence == PartnerPresence.Local && p.Sector != PartnerSector.TownshipOffice)
            {
                problems.Add(new($"$.partners[{i}].presence", $"partner '{p.Id}' is local but its sector is '{Serialization.KebabCase.Of(p.Sector)}'", "only a township office is the local partner of a district"));
            }
        }

        return problems;
    }
}
