namespace DataForLife.Web.Infrastructure;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
