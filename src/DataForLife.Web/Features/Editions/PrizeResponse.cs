using DataForLife.Web.Domain.Editions;

namespace DataForLife.Web.Features.Editions;

public sealed record PrizeResponse(string Code, LocalizedText Name, int Count, long AmountVnd, long TotalVnd);
