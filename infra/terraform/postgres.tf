resource "random_password" "postgres_admin" {
  length  = 40
  special = false
}

resource "azurerm_postgresql_flexible_server" "main" {
  name                          = "psql-${local.unique}"
  location                      = azurerm_resource_group.main.location
  resource_group_name           = azurerm_resource_group.main.name
  version                       = var.postgres_version
  sku_name                      = var.postgres_sku
  storage_mb                    = var.postgres_storage_mb
  auto_grow_enabled             = true
  zone                          = "1"
  delegated_subnet_id           = azurerm_subnet.postgres.id
  private_dns_zone_id           = azurerm_private_dns_zone.postgres.id
  public_network_access_enabled = false
  administrator_login           = var.postgres_admin_login
  administrator_password        = random_password.postgres_admin.result
  backup_retention_days         = var.postgres_backup_retention_days
  geo_redundant_backup_enabled  = var.postgres_geo_redundant_backup

  authentication {
    password_auth_enabled         = true
    active_directory_auth_enabled = false
  }

  # Zone-redundant high availability, on by variable.
  dynamic "high_availability" {
    for_each = var.postgres_high_availability ? [1] : []
    content {
      mode                      = "ZoneRedundant"
      standby_availability_zone = "2"
    }
  }

  maintenance_window {
    day_of_week  = 0
    start_hour   = 2
    start_minute = 0
  }

  tags       = local.tags
  depends_on = [azurerm_private_dns_zone_virtual_network_link.postgres]

  lifecycle {
    # Azure moves the primary between zones on failover; that is not drift.
    ignore_changes = [zone, high_availability[0].standby_availability_zone]
  }
}

resource "azurerm_postgresql_flexible_server_database" "app" {
  name      = "mic"
  server_id = azurerm_postgresql_flexible_server.main.id
  charset   = "UTF8"
  collation = "en_GB.utf8"
}

# The search migration creates the unaccent and pg_trgm extensions: Azure allows only listed ones.
resource "azurerm_postgresql_flexible_server_configuration" "extensions" {
  name      = "azure.extensions"
  server_id = azurerm_postgresql_flexible_server.main.id
  value     = "UNACCENT,PG_TRGM"
}

# The built-in PgBouncer (port 6432), in transaction pooling mode. The API connects through it;
# the migration job connects to 5432 directly (docs/deploy.md).
resource "azurerm_postgresql_flexible_server_configuration" "pgbouncer_enabled" {
  name      = "pgbouncer.enabled"
  server_id = azurerm_postgresql_flexible_server.main.id
  value     = "true"
}

resource "azurerm_postgresql_flexible_server_configuration" "pgbouncer_pool_mode" {
  name      = "pgbouncer.pool_mode"
  server_id = azurerm_postgresql_flexible_server.main.id
  value     = "TRANSACTION"

  depends_on = [azurerm_postgresql_flexible_server_configuration.pgbouncer_enabled]
}

resource "azurerm_postgresql_flexible_server_configuration" "pgbouncer_pool_size" {
  name      = "pgbouncer.default_pool_size"
  server_id = azurerm_postgresql_flexible_server.main.id
  value     = "50"

  depends_on = [azurerm_postgresql_flexible_server_configuration.pgbouncer_enabled]
}

locals {
  postgres_host     = azurerm_postgresql_flexible_server.main.fqdn
  postgres_userinfo = "${var.postgres_admin_login}:${random_password.postgres_admin.result}"
  # Direct server connection: migrations, and anything that needs a session (docs/deploy.md).
  database_url_direct = "postgres://${local.postgres_userinfo}@${local.postgres_host}:5432/${azurerm_postgresql_flexible_server_database.app.name}?sslmode=verify-full"
  # Through PgBouncer (transaction pooling) unless turned off.
  database_url_api = var.api_database_through_pgbouncer ? "postgres://${local.postgres_userinfo}@${local.postgres_host}:6432/${azurerm_postgresql_flexible_server_database.app.name}?sslmode=verify-full" : local.database_url_direct
}
