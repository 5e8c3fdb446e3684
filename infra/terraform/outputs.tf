output "resource_group" {
  description = "Resource group holding everything."
  value       = azurerm_resource_group.main.name
}

output "container_registry" {
  description = "Registry to push mic-api and mic-web images to (az acr build -r <this>)."
  value       = azurerm_container_registry.main.name
}

output "api_app" {
  description = "Name of the API container app."
  value       = azurerm_container_app.api.name
}

output "web_app" {
  description = "Name of the web container app."
  value       = azurerm_container_app.web.name
}

output "migration_job" {
  description = "Name of the migration job (az containerapp job start -n <this>)."
  value       = azurerm_container_app_job.migrate.name
}

output "web_url" {
  description = "The site's public base URL."
  value       = local.web_public_url
}

output "api_url" {
  description = "The API's public base URL."
  value       = local.api_public_url
}

output "postgres_server" {
  description = "PostgreSQL Flexible Server name (point-in-time restore source)."
  value       = azurerm_postgresql_flexible_server.main.name
}

output "key_vault" {
  description = "Key Vault holding every secret the containers read."
  value       = azurerm_key_vault.main.name
}

output "storage_account" {
  description = "Storage account of uploaded files."
  value       = azurerm_storage_account.files.name
}
