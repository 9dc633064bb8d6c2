package it.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.routebook.adapter.jsf.fencefixture.BeanCallingHttp;
import com.routebook.adapter.jsf.registry.RegistryBean;
import com.routebook.adapter.persistence.directory.JpaCustomerDirectory;
import com.routebook.adapter.persistence.fencefixture.AreaReachingIntoRegistry;
import com.routebook.adapter.persistence.fencefixture.RepositoryAnsweringHttp;
import com.routebook.adapter.persistence.fencefixture.RepositoryCallingAService;
import com.routebook.adapter.persistence.registry.JpaParticipantRegistry;
import com.routebook.adapter.persistence.support.fencefixture.SupportReachingIntoDirectory;
import com.routebook.adapter.rest.fencefixture.AreaReachingIntoRouting;
import com.routebook.adapter.rest.fencefixture.ResourceUsingJpa;
import com.routebook.adapter.rest.fencefixture.ResourceUsingTheScreens;
import com.routebook.adapter.rest.routing.RoutingResource;
import com.routebook.application.port.fencefixture.PortUsingAService;
import com.routebook.application.port.fencefixture.PortWithTransactions;
import com.routebook.application.service.fencefixture.ServiceAnsweringHttp;
import com.routebook.application.service.fencefixture.ServiceUsingAnAdapter;
import com.routebook.domain.fencefixture.DomainUsingJpa;
import com.routebook.fencefixture.OutsideEveryModule;
import com.routebook.server.fencefixture.ServerWithARestResource;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/**
 * Each fence of {@link Fences} fails on a deliberately bad class of the test sources (packages
 * named {@code fencefixture}), and its report names that class: a fence that cannot fail would
 * prove nothing when {@link ArchitectureIT} finds the product inside it.
 */
class FencesCatchBadClassesIT {

  @Test
  void the_domain_may_not_use_jpa() {
    assertCaught(Fences.DOMAIN_USES_THE_JDK_ONLY, DomainUsingJpa.class);
  }

  @Test
  void a_port_may_not_name_a_service_or_use_transactions() {
    assertCaught(Fences.PORTS_USE_THE_DOMAIN_ONLY, PortUsingAService.class);
    assertCaught(Fences.PORTS_USE_THE_DOMAIN_ONLY, PortWithTransactions.class);
  }

  @Test
  void a_service_may_not_speak_http_or_use_an_adapter() {
    assertCaught(Fences.SERVICES_USE_CDI_AND_TRANSACTIONS_ONLY, ServiceAnsweringHttp.class);
    assertCaught(Fences.SERVICES_USE_CDI_AND_TRANSACTIONS_ONLY, ServiceUsingAnAdapter.class);
  }

  @Test
  void the_persistence_adapter_may_not_speak_http_or_call_a_service() {
    assertCaught(Fences.PERSISTENCE_ALLOW_LIST, RepositoryAnsweringHttp.class);
    assertCaught(Fences.PERSISTENCE_ALLOW_LIST, RepositoryCallingAService.class);
  }

  @Test
  void the_rest_adapter_may_not_use_jpa_or_another_adapter() {
    assertCaught(Fences.REST_ALLOW_LIST, ResourceUsingJpa.class);
    assertCaught(Fences.REST_ALLOW_LIST, ResourceUsingTheScreens.class);
  }

  @Test
  void the_screens_may_not_use_jakarta_rest() {
    assertCaught(Fences.FACES_ALLOW_LIST, BeanCallingHttp.class);
  }

  @Test
  void the_server_module_may_not_hold_a_rest_resource() {
    assertCaught(Fences.SERVER_ALLOW_LIST, ServerWithARestResource.class);
  }

  @Test
  void a_class_outside_the_modules_is_caught() {
    assertCaught(Fences.EVERY_CLASS_IS_FENCED, OutsideEveryModule.class);
  }

  @Test
  void an_area_of_the_persistence_adapter_may_not_reach_into_another() {
    assertCaught(
        Fences.PERSISTENCE_AREAS_ARE_INDEPENDENT,
        AreaReachingIntoRegistry.class,
        JpaParticipantRegistry.class);
  }

  @Test
  void the_shared_code_of_an_adapter_may_not_depend_on_an_area() {
    assertCaught(
        Fences.PERSISTENCE_AREAS_ARE_INDEPENDENT,
        SupportReachingIntoDirectory.class,
        JpaCustomerDirectory.class);
  }

  @Test
  void an_area_of_the_rest_adapter_may_not_reach_into_another() {
    assertCaught(
        Fences.REST_AREAS_ARE_INDEPENDENT, AreaReachingIntoRouting.class, RoutingResource.class);
  }

  @Test
  void an_area_of_the_screens_may_not_reach_into_another() {
    assertCaught(
        Fences.FACES_AREAS_ARE_INDEPENDENT,
        com.routebook.adapter.jsf.fencefixture.AreaReachingIntoRegistry.class,
        RegistryBean.class);
  }

  /**
   * Runs the rule on the bad class (with the class it reaches into, so that the other area exists)
   * and expects a violation that names the bad class.
   */
  private static void assertCaught(ArchRule rule, Class<?> bad, Class<?>... reached) {
    Class<?>[] imported = new Class<?>[reached.length + 1];
    imported[0] = bad;
    System.arraycopy(reached, 0, imported, 1, reached.length);
    EvaluationResult result = rule.evaluate(new ClassFileImporter().importClasses(imported));
    assertThat(result.hasViolation()).as("%s catches %s", rule, bad.getName()).isTrue();
    assertThat(result.getFailureReport().getDetails())
        .as("violations of %s", rule)
        .anyMatch(detail -> detail.contains(bad.getName()));
  }
}
