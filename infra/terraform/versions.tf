# Provider versions are pinned exactly: what was written and checked is what installs.
# Nothing here can be planned where this repository is developed (no provider downloads);
# tools/infra/terraform.spec.ts parses every file and checks its structure offline.
terraform {
  required_version = ">= 1.9.0, < 2.0.0"

  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "4.14.0"
    }
    random = {
      source  = "hashicorp/random"
      version = "3.6.3"
    }
  }

  # State holds generated secrets (database password, cookie key): keep it in a private,
  # access-controlled storage account. Configured at `terraform init -backend-config=...`
  # (docs/deploy.md).
  backend "azurerm" {}
}

provider "azurerm" {
  # The subscription comes from ARM_SUBSCRIPTION_ID (docs/deploy.md).
  features {
    key_vault {
      purge_soft_delete_on_destroy    = false
      recover_soft_deleted_key_vaults = true
    }
    resource_group {
      prevent_deletion_if_contains_resources = true
    }
  }
}
